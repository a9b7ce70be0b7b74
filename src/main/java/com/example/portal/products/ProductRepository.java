package com.example.portal.products;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.portal.database.SluggedRepository;

@ApplicationScoped
public class ProductRepository implements SluggedRepository<ProductEntity> {
}
