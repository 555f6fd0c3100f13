package org.beacon.staff.web;

import java.security.Principal;

import jakarta.validation.Valid;

import org.beacon.platform.ConditionalOnRole;
import org.beacon.platform.Role;
import org.beacon.platform.WebPage;
import org.beacon.staff.accounts.PostAdministration;
import org.beacon.staff.accounts.PostView;
import org.beacon.staff.accounts.SecondFactorPolicy;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Posts for administrators: every post with its countries and emergency numbers, a form that creates one, and a
 * page per post that changes it. Refusals (a taken id, an unknown country code) appear beside their fields with
 * everything typed kept; an unknown post is a 404 page.
 */
@Controller
@WebPage
@ConditionalOnRole(Role.API)
class PostsPage {

	private final PostAdministration posts;

	private final SecondFactorPolicy policy;

	PostsPage(PostAdministration posts, SecondFactorPolicy policy) {
		this.posts = posts;
		this.policy = policy;
	}

	@GetMapping("/staff/admin/posts")
	String list(Model model) {
		model.addAttribute("postForm", new PostForm());
		model.addAttribute("posts", posts.posts());
		return "staff/admin-posts";
	}

	@PostMapping("/staff/admin/posts")
	String create(@Valid @ModelAttribute("postForm") PostForm form, BindingResult errors, Principal admin,
			Model model, RedirectAttributes redirect) {
		if (AdminRefusals.carriedOut(errors,
				() -> posts.create(form.post(form.getId()), form.countryCodes(), admin.getName()))) {
			redirect.addFlashAttribute("done", "admin.posts.created");
			redirect.addFlashAttribute("doneArgument", form.getId());
			return "redirect:/staff/admin/posts";
		}
		model.addAttribute("posts", posts.posts());
		return "staff/admin-posts";
	}

	@GetMapping("/staff/admin/posts/{id}")
	String post(@PathVariable String id, Model model) {
		PostView post = posts.post(id);
		model.addAttribute("postForm", PostForm.of(post));
		model.addAttribute("post", post);
		model.addAttribute("secondFactorRequired", policy.required(id));
		return "staff/admin-post";
	}

	/** Requires a second factor of the post's staff at sign-in, or stops requiring it (audited). */
	@PostMapping("/staff/admin/posts/{id}/second-factor")
	String secondFactor(@PathVariable String id, @RequestParam(defaultValue = "false") boolean required,
			Principal admin, RedirectAttributes redirect) {
		policy.require(id, required, admin.getName());
		redirect.addFlashAttribute("done",
				required ? "admin.post.secondFactor.changed" : "admin.post.secondFactor.unchanged");
		redirect.addAttribute("id", id);
		return "redirect:/staff/admin/posts/{id}";
	}

	@PostMapping("/staff/admin/posts/{id}")
	String change(@PathVariable String id, @Valid @ModelAttribute("postForm") PostForm form, BindingResult errors,
			Principal admin, Model model, RedirectAttributes redirect) {
		PostView post = posts.post(id);
		if (AdminRefusals.carriedOut(errors, () -> posts.change(form.post(id), form.countryCodes(), admin.getName()))) {
			redirect.addFlashAttribute("done", "admin.post.changed");
			redirect.addAttribute("id", id);
			return "redirect:/staff/admin/posts/{id}";
		}
		model.addAttribute("post", post);
		model.addAttribute("secondFactorRequired", policy.required(id));
		return "staff/admin-post";
	}
}
