package nl.ontmoet.bookkeeping.service;

import lombok.RequiredArgsConstructor;
import nl.ontmoet.base.domain.BusinessRuleException;
import nl.ontmoet.base.domain.RecordNotFoundException;
import nl.ontmoet.bookkeeping.domain.Category;
import nl.ontmoet.bookkeeping.domain.CategoryRepository;
import nl.ontmoet.bookkeeping.domain.Direction;
import nl.ontmoet.base.security.Roles;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Kostensoorten: everyone who books reads them; only admins change them. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class CategoryService {

    private final CategoryRepository categories;

    @PreAuthorize(Roles.HAS_ADMIN)
    public Page<Category> page(Pageable pageable) {
        return categories.findAllBy(pageable);
    }

    public List<Category> all() {
        return categories.findAllByOrderByDirectionAscNameAsc();
    }

    /** The categories a new booking of this direction may use. */
    public List<Category> active(Direction direction) {
        return categories.findByActiveTrueOrderByDirectionAscNameAsc().stream()
                .filter(c -> direction == null || c.getDirection() == direction)
                .toList();
    }

    @Transactional
    @PreAuthorize(Roles.HAS_ADMIN)
    public Category save(Category category) {
        long id = category.isNew() ? -1 : category.getId();
        if (!category.isNew()) {
            var stored = categories.findById(id).orElseThrow(() -> new RecordNotFoundException("Category", id));
            if (stored.getDirection() != category.getDirection() && inUse(id)) {
                throw BusinessRuleException.onField("direction", "bookkeeping.category.error.directionInUse");
            }
        }
        if (category.getCode() == null || !category.getCode().matches("[A-Z0-9_]+")) {
            throw BusinessRuleException.onField("code", "bookkeeping.category.error.codePattern");
        }
        if (categories.existsByCodeIgnoreCaseAndIdNot(category.getCode(), id)) {
            throw BusinessRuleException.onField("code", "bookkeeping.category.error.codeTaken", category.getCode());
        }
        if (categories.existsByNameIgnoreCaseAndIdNot(category.getName(), id)) {
            throw BusinessRuleException.onField("name", "bookkeeping.category.error.nameTaken", category.getName());
        }
        return categories.saveAndFlush(category);
    }

    /** Deletes an unused category; one that is booked on or budgeted can only be deactivated. */
    @Transactional
    @PreAuthorize(Roles.HAS_ADMIN)
    public void delete(long categoryId) {
        var category = categories.findById(categoryId)
                .orElseThrow(() -> new RecordNotFoundException("Category", categoryId));
        if (inUse(categoryId)) {
            throw BusinessRuleException.onField("active", "bookkeeping.category.error.inUse", category.getName());
        }
        categories.delete(category);
        categories.flush();
    }

    public boolean inUse(long categoryId) {
        return categories.usedInLedger(categoryId) || categories.usedInBudgets(categoryId);
    }
}
